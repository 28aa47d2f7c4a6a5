"""A joke called one after an answer ("Nein, Spaß.", "No, kidding!", "Nur Scherz!") takes
back what came before it; the answer after the joke is the member's. "Viel Spaß" names
no joke, and a joke called with nothing after it is never read as the word it took back."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YES_AFTER_THE_JOKE = [
    pytest.param("Ja. Nein, Spaß. Ja!", id="de-ja-nein-spass-ja"),
    pytest.param("Yes. No, kidding. Yes!", id="en-yes-no-kidding-yes"),
    pytest.param("Klar. Nee, Scherz. Bin dabei!", id="de-nee-scherz-dabei"),
    pytest.param("Sure. Nope, just kidding. I'm in!", id="en-nope-just-kidding-in"),
    pytest.param("Nein. Spaß! Natürlich komme ich.", id="de-nein-spass-natuerlich"),
    pytest.param("No. Kidding! Of course I'm in.", id="en-no-kidding-of-course"),
]


@pytest.mark.parametrize("text", YES_AFTER_THE_JOKE)
def test_the_answer_after_a_joke_called_is_the_answer(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is Answer.YES


NO_AFTER_THE_JOKE = [
    pytest.param("Ich komme. Nur Spaß! Ich kann leider nicht.", id="de-nur-spass-kann-nicht"),
    pytest.param("I'm in. Just kidding! I can't make it.", id="en-just-kidding-cannot"),
    pytest.param("Viel Spaß euch! Ich kann leider nicht.", id="de-viel-spass-is-no-joke"),
]


@pytest.mark.parametrize("text", NO_AFTER_THE_JOKE)
def test_a_no_after_a_joke_or_a_wish_of_fun_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", ["Ich komme nicht. Spaß!", "I'm not coming. Kidding!"])
def test_a_no_called_a_joke_with_nothing_after_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
