"""A no-word that opens an exclamation of delight, then a yes: "Nein, how cool is that!
Ich komme.", "No, how great is that! I'm in.", "No, that's so cool! Count me in." The
no is the writer's surprise, the yes the answer. A "but", a negation or a sad
exclamation keeps the no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Nein, how cool is that! Ich komme.", id="de-en-mixed"),
    pytest.param("No, how great is that! I'm in.", id="how-great-is-that"),
    pytest.param("Oh no, how lovely! I'll be there.", id="oh-no-how-lovely"),
    pytest.param("No, how amazing! I'll be there.", id="how-amazing"),
    pytest.param("No, that's so cool! Count me in.", id="thats-so-cool"),
    pytest.param("Nope, how exciting is that?! Sign me up.", id="nope-how-exciting"),
    pytest.param("Nee, how cool! Bin dabei.", id="nee-bin-dabei"),
]

NOT_A_YES = [
    pytest.param("No, how sad! I'm in Rome then.", id="sad-in-rome"),
    pytest.param("No, that's great, but I can't come.", id="great-but-cant"),
    pytest.param("Oh no, how awful, I'm ill.", id="awful-ill"),
    pytest.param("No, how nice of you to ask, but I can't.", id="nice-to-ask-but"),
    pytest.param("Nein, how cool! Ich komme aber nicht.", id="de-komme-aber-nicht"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_yes_after_a_delighted_no_word_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_yes_after_a_delighted_no_word_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", NOT_A_YES)
def test_a_no_word_before_sadness_or_a_but_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
