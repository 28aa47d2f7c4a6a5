"""Wishes in more voices: a wish that says yes, a wish for the past or the impossible that
says no, a wish with a real doubt that is a maybe; a conditional promise to say if it fails
is no no.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Wäre super gerne dabei!", Answer.YES, id="de-waere-super-gerne"),
    pytest.param("I'd love to come!", Answer.YES, id="en-id-love-to-come"),
    pytest.param("Da bin ich gern dabei.", Answer.YES, id="de-da-bin-ich-gern-dabei"),
    pytest.param("Would love to join, count me in.", Answer.YES, id="en-love-to-join-count-me-in"),
    pytest.param("Ich hätte Lust, bin dabei!", Answer.YES, id="de-haette-lust-bin-dabei"),
    pytest.param("Liebend gern!", Answer.YES, id="de-liebend-gern"),
    pytest.param("Would be great to catch up, I'll come.", Answer.YES, id="en-great-to-catch-up"),
    pytest.param("Ich möchte gerne teilnehmen.", Answer.YES, id="de-moechte-gerne-teilnehmen"),
    pytest.param("I would like to attend.", Answer.YES, id="en-would-like-to-attend"),
    pytest.param(
        "Würde gern kommen, schaffe es aber nicht.", Answer.NO, id="de-wuerde-gern-schaffe-nicht"
    ),
    pytest.param("Would have loved to join!", Answer.NO, id="en-would-have-loved"),
    pytest.param("I wish I could.", Answer.NO, id="en-i-wish-i-could"),
    pytest.param("Wäre gern dabei gewesen.", Answer.NO, id="de-waere-dabei-gewesen"),
    pytest.param(
        "Hätte total Lust, aber ich bin krank.", Answer.NO, id="de-haette-lust-aber-krank"
    ),
    pytest.param(
        "Ich wäre so gern dabei, aber wir sind im Urlaub.", Answer.NO, id="de-so-gern-urlaub"
    ),
    pytest.param(
        "I'd really like to, but I'm on nights that week.", Answer.NO, id="en-like-to-on-nights"
    ),
    pytest.param("Wenn ich nur könnte!", Answer.NO, id="de-wenn-ich-nur-koennte"),
    pytest.param("If only I could make it!", Answer.NO, id="en-if-only"),
    pytest.param(
        "Ich würde gern kommen, wenn's zeitlich passt.", Answer.MAYBE, id="de-gern-wenns-passt"
    ),
    pytest.param(
        "Would love to, if I'm back from Hamburg in time.", Answer.MAYBE, id="en-love-to-if-back"
    ),
    pytest.param(
        "Ich wäre gern dabei, muss aber noch schauen, ob ich Kinderbetreuung habe.",
        Answer.MAYBE,
        id="de-gern-muss-schauen",
    ),
    pytest.param(
        "Hoping to make it, it depends on my train.", Answer.MAYBE, id="en-hoping-depends-on-train"
    ),
    pytest.param(
        "Zu gern wär ich dabei gewesen, das Thema passt super. Leider bin ich krank.",
        Answer.NO,
        id="de-topic-fits-but-ill",
    ),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_wish_is_read_as_the_answer_it_gives(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


PROMISED = [
    pytest.param(
        "Ich komme! Sag Bescheid, falls nicht.", Answer.YES, id="de-komme-bescheid-falls-nicht"
    ),
    pytest.param(
        "I'll be there, I'll tell you if I can't come.", Answer.YES, id="en-there-tell-if-cant"
    ),
    pytest.param(
        "Bin dabei – melde mich, wenn es doch nicht klappt.",
        Answer.YES,
        id="de-dabei-melde-mich-wenn",
    ),
    pytest.param("I'll tell you if I can't come.", None, id="en-only-tell-if-cant"),
    pytest.param("Ich melde mich, wenn es nicht klappt.", None, id="de-only-melde-mich-wenn"),
    pytest.param("Sag Bescheid falls nicht.", None, id="de-only-bescheid-falls-nicht"),
]


@pytest.mark.parametrize(("text", "answer"), PROMISED)
def test_a_promise_to_say_if_it_fails_is_no_no(text: str, answer: Answer | None) -> None:
    intent = read_intent(text)
    assert intent.answer in (answer, None, Answer.MAYBE) and intent.answer is not Answer.NO
    if answer is not None:
        assert intent.answer is answer
