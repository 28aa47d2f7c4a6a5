"""Odds given as a number below certainty are a doubt, not a yes: "80 % sicher, dass
ich komme", "zu 70 Prozent dabei", "I'm 60% sure I can make it". Before, the answer
beside the number was recorded as a plain yes. "100 %" to "90 %" stay a yes, and a
percentage that is no odds ("20 % Rabatt", "Akku bei 5 %", "zu 50 % fit") doubts
nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

DOUBTS = [
    pytest.param("80 % sicher, dass ich komme.", id="de-prozent-sicher"),
    pytest.param("Zu 70 Prozent bin ich dabei.", id="de-zu-prozent-dabei"),
    pytest.param("Zu achtzig Prozent bin ich dabei.", id="de-zahlwort"),
    pytest.param("Wahrscheinlichkeit 80 Prozent, dass ich komme.", id="de-wahrscheinlichkeit"),
    pytest.param("80 % dabei, 20 % Restrisiko Kita.", id="de-prozent-dabei-restrisiko"),
    pytest.param("I'm 60% sure I can make it.", id="en-percent-sure"),
    pytest.param("I'd say 75% I'm there.", id="en-percent-im-there"),
    pytest.param("Seventy percent sure I'm coming.", id="en-number-word"),
    pytest.param("Maybe 30 % chance I make it.", id="en-maybe-percent-chance"),
    pytest.param("80 % sure, dass ich komme.", id="mixed-sure-dass"),
    pytest.param("Chance, dass ich komme: 10 %.", id="de-chance-after-a-colon"),
    pytest.param(
        "Mehr als 50 % Wahrscheinlichkeit, dass ich komme.", id="de-prozent-wahrscheinlichkeit"
    ),
    pytest.param("Probability I show up: 30%.", id="en-probability-after-a-colon"),
]


@pytest.mark.parametrize("text", DOUBTS)
def test_odds_below_certainty_are_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize("text", DOUBTS)
def test_odds_below_certainty_never_record_a_yes(text: str) -> None:
    assert analyse(plain_reply(text)).answer is not Answer.YES


CERTAIN = [
    pytest.param("Hundert Prozent dabei.", id="de-hundert-prozent-dabei"),
    pytest.param("100% in.", id="en-hundred-percent-in"),
    pytest.param("Bin zu 99 % dabei.", id="de-99-prozent"),
    pytest.param(
        "Ich bin zu 90 % sicher dabei. Die restlichen 10 % sind die Bahn.", id="de-90-prozent"
    ),
    pytest.param("Yes, 100% coming.", id="en-yes-100-coming"),
    pytest.param("Ich komme! Gibt es wieder 20 % Rabatt auf Getränke?", id="de-rabatt"),
    pytest.param("Ja, komme. Akku bei 5 %, daher kurz.", id="de-akku"),
    pytest.param("Klar komme ich, bin aber nur zu 50 % fit.", id="de-zu-prozent-fit"),
]


@pytest.mark.parametrize("text", CERTAIN)
def test_certainty_or_a_percentage_that_is_no_odds_stays_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


def test_a_bare_percentage_beside_a_yes_records_no_other_answer() -> None:
    # "Akku: 15 %" may be odds or the battery; the yes is recorded or asked about
    assert analyse(plain_reply("Ich komme! Akku: 15 %.")).answer in (Answer.YES, None)
