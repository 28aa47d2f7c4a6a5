"""Everyday English replies: the many short ways to decline, accept or hedge."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

NO = [
    pytest.param("No can do, sorry.", id="no-can-do-sorry"),
    pytest.param("I'll have to pass this time.", id="i-ll-have-to-pass-this-time"),
    pytest.param("Pass.", id="pass"),
    pytest.param("Not for me this time, thanks.", id="not-for-me-this-time-thanks"),
    pytest.param("I'm afraid not.", id="i-m-afraid-not"),
    pytest.param("Afraid I can't.", id="afraid-i-can-t"),
    pytest.param("Sadly no.", id="sadly-no"),
    pytest.param("Gonna have to skip this one.", id="gonna-have-to-skip-this-one"),
    pytest.param("I'll sit this one out.", id="i-ll-sit-this-one-out"),
    pytest.param("Can't swing it this time.", id="can-t-swing-it-this-time"),
    pytest.param("I won't be there.", id="i-won-t-be-there"),
    pytest.param("Not this month, sorry!", id="not-this-month-sorry"),
    pytest.param(
        "Unfortunately I'm not available that evening.",
        id="unfortunately-i-m-not-available-that-eve",
    ),
    pytest.param("I'm not available.", id="i-m-not-available"),
    pytest.param("Unable to attend.", id="unable-to-attend"),
    pytest.param("I have to decline.", id="i-have-to-decline"),
    pytest.param("Regrettably I cannot attend.", id="regrettably-i-cannot-attend"),
    pytest.param("Nope, not this time.", id="nope-not-this-time"),
    pytest.param("I'm out this time.", id="i-m-out-this-time"),
    pytest.param("Something came up, I can't come.", id="something-came-up-i-can-t-come"),
    pytest.param("Something came up, sorry!", id="something-came-up-sorry"),
    pytest.param("Won't make it, sorry folks.", id="won-t-make-it-sorry-folks"),
]

YES = [
    pytest.param("I'll come.", id="i-ll-come"),
    pytest.param("I'm coming!", id="i-m-coming"),
    pytest.param("Coming!", id="coming"),
    pytest.param("Will be there.", id="will-be-there"),
    pytest.param("See you there!", id="see-you-there"),
    pytest.param("I'm up for it.", id="i-m-up-for-it"),
    pytest.param("Definitely coming.", id="definitely-coming"),
    pytest.param("Absolutely, I'll be there.", id="absolutely-i-ll-be-there"),
    pytest.param("Yes, I'd like to attend.", id="yes-i-d-like-to-attend"),
    pytest.param("Happy to come!", id="happy-to-come"),
    pytest.param("Sign me up!", id="sign-me-up"),
    pytest.param("Put me down for Thursday.", id="put-me-down-for-thursday"),
    pytest.param("Wouldn't miss it.", id="wouldn-t-miss-it"),
    pytest.param("Yes please, one seat for me.", id="yes-please-one-seat-for-me"),
    pytest.param("I'm in, thanks!", id="i-m-in-thanks"),
]

MAYBE = [
    pytest.param("Might come.", id="might-come"),
    pytest.param("Not sure I can make it.", id="not-sure-i-can-make-it"),
    pytest.param("I may be able to come.", id="i-may-be-able-to-come"),
    pytest.param("I'll try my best to come.", id="i-ll-try-my-best-to-come"),
    pytest.param("Possibly, depends on work.", id="possibly-depends-on-work"),
    pytest.param("Can't promise, but I'll try.", id="can-t-promise-but-i-ll-try"),
    pytest.param("I'll know by Monday.", id="i-ll-know-by-monday"),
    pytest.param("Not 100% sure yet.", id="not-100-sure-yet"),
]


@pytest.mark.parametrize("text", YES)
def test_an_english_yes_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.YES, "")


@pytest.mark.parametrize("text", NO)
def test_an_english_no_is_a_no(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.NO, "")


@pytest.mark.parametrize("text", MAYBE)
def test_an_english_hedge_is_a_maybe(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (Answer.MAYBE, "")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Im not coming", Answer.NO, id="im-not-coming"),
        pytest.param("I cant make it", Answer.NO, id="cant"),
        pytest.param("i wont be there", Answer.NO, id="wont"),
        pytest.param("I dont think I can make it", Answer.NO, id="dont-think"),
        pytest.param("I am ill, sorry", Answer.NO, id="ill"),
        pytest.param("Im coming", Answer.YES, id="im-coming"),
        pytest.param("Ill be there", Answer.YES, id="ill-be-there"),
        pytest.param("Id love to come!", Answer.YES, id="id-love-to"),
        pytest.param("See ya there", Answer.YES, id="see-ya"),
    ],
)
def test_english_typed_without_apostrophes_is_read(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


@pytest.mark.parametrize("text", ["Im Urlaub, sorry.", "Im Moment weiß ich es nicht."])
def test_the_german_im_is_never_read_as_english(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
