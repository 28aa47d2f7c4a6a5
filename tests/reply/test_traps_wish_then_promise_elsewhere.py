"""A wish, then a promise made to someone else for that evening: "Ich wäre am liebsten
dabei. Aber ich hab meinen Eltern versprochen, an dem Abend in Heilbronn zu sein." The
promise takes more words than an obstacle named alone, so the wish stood as a yes: the
opposite answer. A promise about the evening itself ("Kuchen mitzubringen") turns
nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

PROMISED_ELSEWHERE = [
    pytest.param(
        "Ich wäre am liebsten dabei. Aber ich hab meinen Eltern versprochen, an dem Abend"
        " in Heilbronn zu sein.",
        id="de-eltern-versprochen",
    ),
    pytest.param(
        "Am liebsten wäre ich dabei. Aber ich habe meiner Schwester fest zugesagt, ihr an"
        " dem Abend beim Umzug zu helfen.",
        id="de-schwester-zugesagt",
    ),
    pytest.param(
        "Ich würde so gerne kommen. Leider habe ich meinem Chef schon vor Wochen versprochen,"
        " an dem Abend die Inventur zu machen.",
        id="de-chef-inventur",
    ),
    pytest.param(
        "I'd love nothing more than to be there. But I promised my parents ages ago that I'd"
        " drive them to the airport that night.",
        id="en-promised-parents",
    ),
    pytest.param(
        "I would really like to come. However, I've already committed to coaching the kids'"
        " football training that evening.",
        id="en-committed-training",
    ),
]


@pytest.mark.parametrize("text", PROMISED_ELSEWHERE)
def test_a_wish_then_a_promise_for_the_evening_elsewhere_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", PROMISED_ELSEWHERE)
def test_a_wish_then_a_promise_elsewhere_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich wäre gern dabei. Aber ich hab versprochen, an dem Abend den Kuchen mitzubringen.",
            id="de-kuchen-mitzubringen",
        ),
        pytest.param(
            "Ich würde gern kommen. Aber ich habe meiner Frau versprochen, dass sie mitkommen"
            " darf.",
            id="de-frau-mitkommen",
        ),
        pytest.param(
            "I'd love to come. But I promised to bring the slides from last time.",
            id="en-bring-slides",
        ),
    ],
)
def test_a_promise_about_the_evening_itself_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
