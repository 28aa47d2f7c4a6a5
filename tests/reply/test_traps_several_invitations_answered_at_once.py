"""A mail answering several invitations at once, each by name: "Answering two invites in
one go: the choir's rehearsal on Wednesday, no; your SEO evening on Thursday, yes
please." The no to the other host's evening was recorded as the member's answer to
ours: the opposite answer. Announced as several answers, a mail holding both a yes and
a no now goes to a person, who knows which evening is ours."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

SEVERAL_ANSWERED = [
    pytest.param(
        "Answering two invites in one go: the choir's rehearsal on Wednesday, no; "
        "your SEO evening on Thursday, yes please.",
        id="en-two-invites-in-one-go",
    ),
    pytest.param(
        "Replying to both invitations at once: book club – can't make it; your meetup – I'm in!",
        id="en-both-at-once",
    ),
    pytest.param(
        "Two invites for the same night, so: the gala, no thanks; your evening, yes!",
        id="en-same-night",
    ),
    pytest.param(
        "Hallo, ihr bekommt von mir gleich zwei Antworten in einer Mail: Zum Vereinsabend "
        "sage ich ab, zu eurem Stammtisch sage ich zu.",
        id="de-zwei-antworten",
    ),
    pytest.param(
        "Zwei Einladungen auf einmal: dem Sportverein sag ich ab, euch sag ich zu.",
        id="de-auf-einmal",
    ),
]


@pytest.mark.parametrize("text", SEVERAL_ANSWERED)
def test_several_invitations_answered_with_a_yes_and_a_no_go_to_a_person(text: str) -> None:
    reading = read_intent(text)
    assert reading.answer is None
    assert "several invitations" in reading.problem


@pytest.mark.parametrize("text", SEVERAL_ANSWERED)
def test_several_invitations_answered_record_no_answer(text: str) -> None:
    assert analyse(_mail(text)).answer is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I got two invites for Thursday and I'm picking yours. Count me in!", id="en"),
        pytest.param("Zwei Einladungen für den gleichen Abend – ich komme zu euch!", id="de"),
    ],
)
def test_several_invitations_with_one_answer_keep_it(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
