"""A yes taken back in words that are no usual repair marker ("on reflection", "never
mind", "vergiss es", "hab mich vertan") or followed by a plain "better not", "I'll skip
it": never a yes. What follows the taking back answers; a person reads it where nothing
does."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TAKEN_BACK = [
    pytest.param("Count me in. Actually, better not – I'm exhausted.", id="en-better-not"),
    pytest.param("Sure thing. Hmm, on reflection, I'll skip it.", id="en-on-reflection"),
    pytest.param("I'll be there! Ugh, never mind, I'm on call.", id="en-never-mind"),
    pytest.param("Yes, I'm in. Forget what I said, my flight was moved.", id="en-forget"),
    pytest.param("Ja, komme. Vergiss es, Kind ist krank geworden.", id="de-vergiss-es"),
    pytest.param("Bin dabei! Ignoriert meine letzte Mail, ich muss arbeiten.", id="de-ignoriert"),
    pytest.param("Klar, komme gern. Ach, ich lass es diesmal lieber.", id="de-lass-es-lieber"),
    pytest.param("Zusage!\n\nHab mich vertan, bin an dem Tag in Wien. Sorry!", id="de-vertan"),
    pytest.param(
        "Bin dabei. Mein Fehler, falsch gelesen: da bin ich in Wien.", id="de-mein-fehler"
    ),
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_yes_taken_back_in_other_words_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


SKIPPED = [
    pytest.param("On reflection, I'll skip it.", id="en-skip-it"),
    pytest.param("I think I'll sit this one out.", id="en-sit-out"),
    pytest.param("Actually, better not.", id="en-better-not-alone"),
    pytest.param("Ich lass es diesmal lieber.", id="de-lass-es-lieber"),
]


@pytest.mark.parametrize("text", SKIPPED)
def test_skipping_the_evening_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'll skip dinner but I'll come for drinks.", id="en-skip-dinner"),
        pytest.param("Never mind the parking question, I'll be there!", id="en-never-mind-q"),
        pytest.param("Vergiss es, ich komme doch.", id="de-vergiss-es-doch"),
        pytest.param(
            "Kann nicht. Hab mich vertan, falscher Monat – ich komme!", id="de-vertan-yes"
        ),
        pytest.param("You'd better not start without me! I'm coming.", id="en-better-not-start"),
    ],
)
def test_skipping_something_else_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
