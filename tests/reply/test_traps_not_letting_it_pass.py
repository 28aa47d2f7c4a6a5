"""Missing it denied in the words of letting it pass ("Das kann ich mir nicht entgehen
lassen", "Den Abend lasse ich mir doch nicht entgehen", "I can't pass this up", "I
couldn't turn this down") is a yes, also after a no-word that agrees with it ("Nein,
ich lasse mir das nicht entgehen!")."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

NOT_PASSED = [
    pytest.param("Das kann ich mir nicht entgehen lassen.", id="de-kann-mir-nicht-entgehen"),
    pytest.param("Den Abend lasse ich mir doch nicht entgehen!", id="de-den-abend-lasse"),
    pytest.param("So was will ich mir nicht entgehen lassen.", id="de-so-was-will"),
    pytest.param("Nein, ich lasse mir das nicht entgehen!", id="de-nein-lasse-mir"),
    pytest.param("Nee, das lass ich mir nicht entgehen.", id="de-nee-das-lass-ich"),
    pytest.param("I can't pass this up.", id="en-cant-pass-up"),
    pytest.param("I couldn't turn this one down.", id="en-couldnt-turn-down"),
]


@pytest.mark.parametrize("text", NOT_PASSED)
def test_not_letting_it_pass_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


def test_passing_it_up_said_plainly_stays_no() -> None:
    assert read_intent("I'll have to pass this time.").answer is Answer.NO
