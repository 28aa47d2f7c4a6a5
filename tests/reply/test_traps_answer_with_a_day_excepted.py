"""A yes with an exception naming a day ("Ich bin die ganze Woche da, außer
Donnerstag", "free all week except Thursday", "außer am 28.") is a no when the
evening is that day, which the reply does not know: a person reads it, and no yes is
recorded. An exception naming no day ("außer es regnet") is another kind."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from tests.reply.plain_reply import plain_reply as _mail

EXCEPTED = [
    pytest.param("Ich bin die ganze Woche da, außer Donnerstag.", id="de-woche-ausser-do"),
    pytest.param("Bin jeden Abend dabei, nur nicht am Donnerstag.", id="de-nur-nicht-am"),
    pytest.param("Ich kann eigentlich immer, außer am 28.", id="de-ausser-am-28"),
    pytest.param("Klar komme ich, bis auf den 3. Dezember bin ich immer frei.", id="de-bis-auf"),
    pytest.param("I'm free all week except Thursday, see you!", id="en-except-thursday"),
    pytest.param("Count me in, any day but not on the 28th.", id="en-but-not-28th"),
]


@pytest.mark.parametrize("text", EXCEPTED)
def test_a_yes_excepting_a_day_is_never_recorded(text: str) -> None:
    assert analyse(_mail(text)).answer is None


@pytest.mark.parametrize("text", [EXCEPTED[0], EXCEPTED[3], EXCEPTED[4]])
def test_the_day_excepted_is_named_for_the_person(text: str) -> None:
    assert "excepts" in analyse(_mail(text)).answer_problem


@pytest.mark.parametrize(
    "text",
    ["Ich komme gern, außer es regnet in Strömen.", "Ich komme, außer Peter nimmt mich nicht mit."],
)
def test_an_exception_naming_no_day_is_not_a_day_excepted(text: str) -> None:
    assert "excepts" not in analyse(_mail(text)).answer_problem
