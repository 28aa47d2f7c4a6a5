"""A no said again after owning up to a habit ("Yes yes, I know, I always say no. Still
no, sorry", "Trotzdem wieder ein Nein von mir") and the evening's date called bad for
the member ("Ja gut, äh, Donnerstag ist schlecht", "Thursdays bad for me") are a no.
"Still no problem", "Donnerstag ist nicht schlecht" and a topic called bad are not."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NO = [
    pytest.param("Yes yes, I know, I always say no. Still no, sorry – concert.", id="en-still-no"),
    pytest.param("Still no, sorry.", id="en-still-no-alone"),
    pytest.param("Again a no from me, sorry!", id="en-again-a-no"),
    pytest.param("Ja ja, ich weiß. Trotzdem wieder ein Nein von mir.", id="de-wieder-ein-nein"),
    pytest.param("Leider schon wieder nein.", id="de-schon-wieder-nein"),
    pytest.param("Ja gut, äh, Donnerstag ist schlecht. Sorry.", id="de-donnerstag-schlecht"),
    pytest.param("Der Termin ist mir leider ungünstig.", id="de-termin-unguenstig"),
    pytest.param("Das Datum ist bei mir schlecht.", id="de-datum-schlecht"),
    pytest.param("Thursdays bad for me, sorry.", id="en-thursdays-bad"),
    pytest.param("Sorry, the timing is just bad for me.", id="en-timing-bad"),
]


@pytest.mark.parametrize("text", NO)
def test_a_no_said_again_or_a_bad_date_reads_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


YES = [
    pytest.param("Still no problem for me – I'll be there.", id="en-still-no-problem"),
    pytest.param("Immer noch keine Ahnung, was ich mitbringe, aber ich komme.", id="de-ahnung"),
    pytest.param("Donnerstag ist nicht schlecht, ich komme.", id="de-nicht-schlecht"),
    pytest.param("Das Thema ist schlecht gewählt, aber ich komme trotzdem.", id="de-thema"),
]


@pytest.mark.parametrize("text", YES)
def test_no_such_words_leave_a_yes_standing(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
