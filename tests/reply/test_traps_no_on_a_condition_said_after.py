"""A no on a condition said after it is a doubt, as a coming on one is: "I won't come if
it rains" is a maybe, like "If it rains, I won't come"; so is "Ich komme nicht, außer mein
Termin platzt". A manner of speaking ("wenn ich
ehrlich bin", "if you must know"), a concession ("auch wenn", "even if") and a
condition naming the day, which is the evening's own, leave the no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I won't come if it rains", id="en-rains"),
        pytest.param("Ich komme nicht, wenn es regnet.", id="de-regnet"),
        pytest.param("I can't make it if my train is cancelled.", id="en-train"),
        pytest.param("Ich kann nicht kommen, falls meine Tochter krank ist.", id="de-tochter"),
        pytest.param("I won't be there if the kids are still sick.", id="en-kids"),
        pytest.param("Ich schaffe es nicht, falls das Meeting länger dauert.", id="de-meeting"),
        pytest.param("Bin raus, falls der Babysitter absagt.", id="de-babysitter"),
        pytest.param("Ich komme nicht, außer mein Termin platzt.", id="de-ausser-termin"),
        pytest.param("Ich kann nicht, ausser der Babysitter kommt doch.", id="de-ausser-sitter"),
    ],
)
def test_a_no_on_a_condition_said_after_it_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann nicht, wenn ich ehrlich bin.", id="de-ehrlich"),
        pytest.param("I can't come, if you must know, I have a wedding.", id="en-must-know"),
        pytest.param("Ich kann nicht, auch wenn ich gern würde.", id="de-auch-wenn"),
        pytest.param("I can't make it, even if I wanted to.", id="en-even-if"),
        pytest.param("I can't come if it's on a Thursday.", id="en-the-evenings-day"),
        pytest.param("Sorry, can't come if it's the 28th.", id="en-the-evenings-date"),
        pytest.param("Leider kann ich nicht, falls ihr fragt warum: Urlaub.", id="de-falls-ihr"),
        pytest.param("Ich kann nicht, außer am Freitag.", id="de-ausser-am-freitag"),
    ],
)
def test_a_no_beside_a_condition_that_sets_none_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
