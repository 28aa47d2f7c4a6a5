"""Giving up the evening denied, an emphatic no-word beside it: "Not skipping this one –
never!", "Ich sage nicht ab, niemals!". The "never" says how firmly the member denies
skipping; it refuses nothing. Someone else's denial, or a denial of giving up something
else ("I won't cancel my holiday, no way"), answers nothing of the member's coming."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Not skipping this one – never!", id="not-skipping-never"),
        pytest.param("Not skipping this one, never!", id="not-skipping-comma-never"),
        pytest.param("Ich sage nicht ab, niemals!", id="sage-nicht-ab-niemals"),
        pytest.param("Ich sage nicht ab, auf keinen Fall!", id="sage-nicht-ab-auf-keinen-fall"),
        pytest.param("Absagen werde ich nicht, niemals.", id="absagen-werde-ich-nicht"),
        pytest.param("Ich werde nicht absagen – nie im Leben!", id="werde-nicht-absagen"),
        pytest.param("Ich lasse das nicht ausfallen, niemals!", id="nicht-ausfallen-lassen"),
        pytest.param("Ich verpasse das nicht, niemals!", id="verpasse-nicht-niemals"),
        pytest.param("Not missing it. Never.", id="not-missing-never-sentence"),
        pytest.param("Ich sag nicht ab. Nie!", id="sag-nicht-ab-nie-sentence"),
        pytest.param("Nope, not skipping!", id="nope-not-skipping"),
        pytest.param("No, I won't skip it!", id="no-wont-skip"),
    ],
)
def test_an_emphatic_no_word_beside_a_denied_giving_up_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Won't be skipping this one. Not a chance.", id="wont-be-skipping"),
        pytest.param("Sorry, I won't be skipping, no chance", id="sorry-no-chance"),
        pytest.param("Nein, absagen tu ich nicht.", id="nein-absagen-tu-ich-nicht"),
    ],
)
def test_a_denied_giving_up_is_read_as_a_yes_and_never_recorded_as_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Skipping it? Never!", id="skipping-asked"),
        pytest.param("Missing this one? No way!", id="missing-asked"),
        pytest.param("Cancelling? Not a chance.", id="cancelling-asked"),
        pytest.param("Staying home? No way!", id="staying-home-asked"),
    ],
)
def test_giving_up_asked_in_the_gerund_and_denied_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I won't cancel my holiday, no way. So I can't come.", id="own-holiday"),
        pytest.param("Tim won't be skipping it, but I can't come, sorry.", id="someone-else"),
        pytest.param(
            "Ich lasse das Training nicht ausfallen, niemals. Also ohne mich.", id="training"
        ),
        pytest.param("Meine Frau sagt nicht ab, aber ich kann leider nicht.", id="wife-stays"),
    ],
)
def test_giving_up_something_else_denied_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I hope I won't be missing it.", id="hope"),
        pytest.param("If I'm not skipping yoga I'll come.", id="condition"),
    ],
)
def test_a_denied_giving_up_hoped_or_on_a_condition_stays_a_doubt(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich werde am 28. nicht fehlen.", id="am-28-nicht-fehlen"),
        pytest.param("Ich werde am Donnerstag sicher nicht fehlen.", id="donnerstag"),
        pytest.param("No way I'm missing an SEO night!", id="an-seo-night"),
        pytest.param("No way I'm missing a Thursday meetup.", id="a-thursday-meetup"),
    ],
)
def test_missing_the_evening_named_by_its_day_or_topic_denied_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


def test_missing_another_event_denied_goes_to_a_person() -> None:
    read = analyse(_mail("No way I'm missing a family dinner, sorry."))
    assert read.answer is None
    assert "something else" in read.answer_problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nie und nimmer sag ich ab!", id="nie-und-nimmer-sag-ich-ab"),
        pytest.param("Auf keinen Fall lasse ich das ausfallen.", id="auf-keinen-fall-lasse"),
        pytest.param("Niemals fehle ich!", id="niemals-fehle-ich"),
        pytest.param("Absolutely not, I'd never miss it!", id="absolutely-not-never-miss"),
    ],
)
def test_giving_up_denied_with_the_emphatic_word_first_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nie im Leben sag ich zu.", id="nie-sag-ich-zu"),
        pytest.param("Nie im Leben sag ich da zu.", id="nie-sag-ich-da-zu"),
        pytest.param("Absolutely not, sorry.", id="absolutely-not"),
    ],
)
def test_accepting_denied_with_the_emphatic_word_first_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
