"""Negations that deny a refusal, limit a time, or speak of something other than this
evening: none of them may turn into the opposite answer.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

Y, N = Answer.YES, Answer.NO

# a reason not to come, denied, is a yes; no reason to come is a no
REASONS = [
    pytest.param("I can't think of a reason not to come. See you there.", Y, id="en-cant-think"),
    pytest.param("I can't see any reason not to come.", Y, id="en-cant-see-any"),
    pytest.param("no reason not to come tbh", Y, id="en-no-reason-not-to"),
    pytest.param("Ich sehe keinen Grund, nicht zu kommen 🙂", Y, id="de-keinen-grund"),
    pytest.param("Mir fällt kein Grund ein, nicht zu kommen.", Y, id="de-kein-grund-ein"),
    pytest.param("I see no reason to come.", N, id="en-no-reason-to-come"),
    pytest.param("I have no intention of coming", N, id="en-no-intention"),
]


@pytest.mark.parametrize(("text", "answer"), REASONS)
def test_a_denied_reason_to_stay_away_is_read_whole(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


# "next time" with words of its own speaks of that evening, not this one
LATER = [
    pytest.param("Mastodon für Vereine wäre ein tolles Thema für nächstes Mal", id="de-thema"),
    pytest.param("Nächstes Mal bringe ich Kuchen mit.", id="de-kuchen"),
    pytest.param("next time I'll bring my laptop", id="en-laptop"),
    pytest.param("Next time could we talk about TikTok ads", id="en-could-we"),
]


@pytest.mark.parametrize("text", LATER)
def test_next_time_with_words_of_its_own_declines_nothing(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


LATER_NO = [
    pytest.param("Schade! Nächstes Mal wieder.", id="de-naechstes-mal-wieder"),
    pytest.param("Nächstes Mal gerne!", id="de-naechstes-mal-gerne"),
    pytest.param("I'll come next time for sure", id="en-next-time-for-sure"),
    pytest.param("Sorry, next time!", id="en-sorry-next-time"),
    pytest.param("Dann halt nächstes Mal.", id="de-dann-halt"),
    pytest.param("Beim nächsten Mal bin ich wieder dabei.", id="de-beim-naechsten"),
    pytest.param("Würde gern beim nächsten Mal vorbeischauen und mich vorstellen.", id="de-vorbei"),
    pytest.param("Den Donnerstag lasse ich aus, sorry.", id="de-lasse-aus"),
]


@pytest.mark.parametrize("text", LATER_NO)
def test_coming_put_off_to_next_time_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


# a negation that limits the time, a surprise, a folly denied: never a no
NOT_A_NO = [
    pytest.param("Kann nicht vor 19:30 da sein, sorry.", id="de-nicht-vor-1930"),
    pytest.param("I can't be there before 8pm but I'm in", id="en-not-before-8pm"),
    pytest.param("I can't make it until 8, save me a chair", id="en-not-until-8"),
    pytest.param("Nein, wie cool, endlich SEO!", id="de-nein-wie-cool"),
    pytest.param("Ich lasse das Mittagessen aus und komme", id="de-mittagessen-aus"),
    pytest.param(
        "Ich bin doch nicht blöd und lasse mir SEO entgehen. Bin dabei!", id="de-nicht-bloed"
    ),
]


@pytest.mark.parametrize("text", NOT_A_NO)
def test_a_negation_of_something_else_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


STILL_NO = [
    pytest.param("Oh nein, wie schade.", id="de-oh-nein-wie-schade"),
    pytest.param("Kommen kann ich nicht, aber ich bin gedanklich dabei.", id="de-gedanklich"),
    pytest.param("Kann leider nicht, bin in Gedanken bei euch.", id="de-in-gedanken"),
]


@pytest.mark.parametrize("text", STILL_NO)
def test_there_in_thought_and_sad_surprise_stay_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
