"""The member's question about giving up, asked again in one word before the denial:
"Absage? Ich? Nie im Leben. Bis Donnerstag!" The echo ("Ich?", "Me?", "Echt?") stood
between the question and the denial, so the denial was read alone, as a refusal: a no.
A denial of coming itself stays a no ("Kommen? Ich? Nie im Leben.")."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

COMING = [
    pytest.param("Absage? Ich? Nie im Leben. Bis Donnerstag!", id="de-absage-ich-nie-im-leben"),
    pytest.param("Absagen? Ich? Niemals. Bis Donnerstag!", id="de-absagen-ich-niemals"),
    pytest.param("Ohne mich? Echt? Niemals!", id="de-ohne-mich-echt-niemals"),
    pytest.param("Cancel? Me? Never. See you Thursday!", id="en-cancel-me-never"),
    pytest.param("Skip it? Me? Never!", id="en-skip-it-me-never"),
    pytest.param("Miss it? Me?? Not on your life.", id="en-miss-it-not-on-your-life"),
]

NOT_COMING = [
    pytest.param("Kommen? Ich? Nie im Leben.", id="de-kommen-ich-nie-im-leben"),
    pytest.param("Come? Me? Never.", id="en-come-me-never"),
]


@pytest.mark.parametrize("text", COMING)
def test_a_denial_after_the_question_asked_again_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", COMING)
def test_a_denial_after_the_question_asked_again_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", NOT_COMING)
def test_a_denial_of_coming_itself_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
