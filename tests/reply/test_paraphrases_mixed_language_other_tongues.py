"""A no in the member's other language beside German or English: Italian, French,
Spanish. It is read as the no it is, never as a yes."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NO = [
    pytest.param("Non posso, ich bin in Rom. Mi dispiace!", id="non-posso"),
    pytest.param("Purtroppo no – ich bin in Italien.", id="purtroppo-no"),
    pytest.param("Purtroppo no, sono in viaggio.", id="purtroppo-no-viaggio"),
    pytest.param("Je ne peux pas, désolée – bin in Lyon.", id="je-ne-peux-pas"),
    pytest.param("Sorry, no puedo – I'm in Madrid that week.", id="no-puedo"),
]


@pytest.mark.parametrize("text", NO)
def test_a_no_in_another_language_is_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
