"""A negation typed wrong on a phone is still a negation: "komme nicgt", "bin nixht dabei",
"ich komme nciht", "can;t make it", "cnat make it". Left unread, the yes-word beside it
("komme", "make it") would be recorded: the opposite answer. Through the product path
such a reply is never a yes; the rules read the no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from mail.wordforms import fold
from tests.reply.plain_reply import plain_reply as _mail

MISTYPED_NO = [
    pytest.param("komme nicgt", id="de-nicgt-g-beside-h"),
    pytest.param("Bin nixht dabei, sorry", id="de-nixht-x-beside-c"),
    pytest.param("komm nivht", id="de-nivht-v-beside-c"),
    pytest.param("ich kann nichr kommen", id="de-nichr-r-beside-t"),
    pytest.param("Ich komme leider nciht", id="de-nciht-swapped"),
    pytest.param("bin nihct dabei", id="de-nihct-swapped"),
    pytest.param("can;t make it", id="en-semicolon-for-apostrophe"),
    pytest.param("won;t be there, sorry", id="en-wont-semicolon"),
    pytest.param("cnat make it", id="en-cnat-swapped"),
    pytest.param("I can nto come", id="en-nto-swapped"),
]


@pytest.mark.parametrize("text", MISTYPED_NO)
def test_a_mistyped_negation_is_read_as_no_by_the_rules(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", MISTYPED_NO)
def test_a_mistyped_negation_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        pytest.param("nicgt", "nicht", id="slip"),
        pytest.param("nciht", "nicht", id="swap"),
        pytest.param("can;t", "can't", id="semicolon"),
    ],
)
def test_the_mistyped_negation_is_spelled_as_meant(typed: str, meant: str) -> None:
    assert fold(f"komme {typed}", ("nicht",)) == f"komme {meant}"


@pytest.mark.parametrize("word", ["Nacht", "Licht", "dicht", "Sicht", "nichts"])
def test_a_real_word_near_the_negation_is_left_as_it_is(word: str) -> None:
    assert fold(word, ("nicht",)) == word


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme!", id="de-komme"),
        pytest.param("Heute Nacht? Bin dabei!", id="de-nacht-stays"),
        pytest.param("Yes; see you there", id="en-semicolon-elsewhere"),
    ],
)
def test_a_yes_without_a_negation_stays_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
